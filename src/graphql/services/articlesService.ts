import { ErrorCode, NewsgraphError } from '../../errors.js';
import { type ArticleFilterParams, pageArticles } from '../../store/articlesStore.js';
import type { ArticleModel, NodeRef } from '../../store/entitiesModels.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { ArticleFilter, ArticleOrder } from '../generated/resolvers.js';
import { refFromArgument, tryParseGlobalId } from '../globalId.js';
import type { Loaders } from '../loaders/createLoaders.js';
import { type ConnectionArgs, type ConnectionModel, planPage, toConnection } from './connection.js';
import { assertOrderedRange } from './dateRange.js';

/** Articles: the top-level lookups and list, and an article's nested lists through the loaders. */
export class ArticlesService {
  constructor(private readonly executor: StoreExecutor) {}

  /** By article id (canonical URL, `sha256:…`) or global id `Article:…`. */
  async article(loaders: Loaders, id: string): Promise<ArticleModel | null> {
    const parsed = tryParseGlobalId(id);
    const key = parsed?.kind === 'Article' ? parsed.key : id;
    const node = await loaders.node.load(`Article:${key}`);
    return node?.kind === 'Article' ? node : null;
  }

  async articles(
    loaders: Loaders,
    where: ArticleFilter | null | undefined,
    orderBy: ArticleOrder | null | undefined,
    args: ConnectionArgs,
  ): Promise<ConnectionModel<ArticleModel>> {
    const filter = toFilter(where);
    const plan = planPage(args, orderBy !== 'PUBLISHED_ASC');
    const rows = await pageArticles(this.executor, filter, plan.query);
    return toConnection(plan, rows, () => loaders.articleCount(filter));
  }

  /** The articles mentioning a node, one page, batched over every parent in the request. */
  async articlesOf(
    loaders: Loaders,
    gid: string,
    args: ConnectionArgs,
  ): Promise<ConnectionModel<ArticleModel>> {
    const plan = planPage(args, true);
    const rows = await loaders.articlesOf(plan.query).load(gid);
    return toConnection(plan, rows, () => loaders.articleCountOf.load(gid));
  }
}

function toFilter(where: ArticleFilter | null | undefined): ArticleFilterParams {
  const mentions: NodeRef[] = [];
  if (where?.country) mentions.push(refFromArgument(where.country, 'where.country', ['Country']));
  if (where?.leader) mentions.push(refFromArgument(where.leader, 'where.leader', ['Leader']));
  if (where?.organization) {
    mentions.push(refFromArgument(where.organization, 'where.organization', ['Organization']));
  }
  for (const [name, value] of [
    ['publishedAfter', where?.publishedAfter],
    ['publishedBefore', where?.publishedBefore],
  ] as const) {
    if (value != null && Number.isNaN(Date.parse(value))) {
      throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `where.${name} is not a date-time`);
    }
  }
  assertOrderedRange(
    'where.publishedAfter',
    where?.publishedAfter,
    'where.publishedBefore',
    where?.publishedBefore,
  );
  return {
    lang: where?.lang ?? null,
    outlet: where?.outlet ?? null,
    publishedAfter: where?.publishedAfter ?? null,
    publishedBefore: where?.publishedBefore ?? null,
    mentions,
  };
}
