// Set by src/server.ts when SIGTERM (or SIGINT) arrives: /ready answers 503 from then on, so a
// load balancer stops sending new requests while the ones in flight finish.
let draining = false;

export const isDraining = () => draining;
export const startDraining = () => {
  draining = true;
};
