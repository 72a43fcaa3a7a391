-- Article writes through the API: each revision names the fields its write changed, so a stale
-- update's CONFLICT error can say what changed since the version it read; and the scheduler
-- finds the scheduled articles that have fallen due through an index of their own.

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN "changedFields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Article_status_scheduledAt_idx" ON "Article"("status", "scheduledAt");
