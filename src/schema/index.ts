import { builder } from './builder.ts';
import './types/enums.ts';
import './types/Article.ts';
import './types/Category.ts';
import './types/Credit.ts';
import './types/Person.ts';

export const schema = builder.toSchema({ sortSchema: true });
