import type { Resolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../globalId.js';

export const articleQueryResolvers: Pick<NonNullable<Resolvers['Query']>, 'article' | 'articles'> = {
  article: (_parent, { id }, { services, loaders }) => services.articles.article(loaders, id),
  articles: (_parent, { where, orderBy, ...page }, { services, loaders }) =>
    services.articles.articles(loaders, where, orderBy, page),
};

export const articleResolvers: Pick<Resolvers, 'Article' | 'Outlet' | 'Mention' | 'EventReport'> = {
  Article: {
    id: (article) => toGlobalId(article),
    outlet: async (article, _args, { loaders }) => {
      if (!article.outlet) return null;
      const node = await loaders.node.load(`Outlet:${article.outlet}`);
      return node?.kind === 'Outlet' ? node : { kind: 'Outlet', domain: article.outlet, name: null };
    },
    text: (article, _args, { loaders }) => loaders.body.load(article.id),
    mentions: (article, _args, { loaders }) => loaders.mentions.load(article.id),
    events: (article, _args, { loaders }) => loaders.articleReports.load(article.id),
    sanctions: async (article, _args, { loaders }) =>
      (await loaders.mentions.load(article.id)).flatMap((m) =>
        m.entity.kind === 'Sanction' ? [m.entity] : [],
      ),
  },
  Outlet: {
    id: (outlet) => toGlobalId(outlet),
  },
  Mention: {
    entity: (mention) => mention.entity,
  },
  EventReport: {
    article: async (report, _args, { loaders }) => {
      if (report.article) return report.article;
      const node = await loaders.node.load(`Article:${report.articleId}`);
      if (node?.kind !== 'Article') throw new Error(`report of missing article ${report.articleId}`);
      return node;
    },
    event: async (report, _args, { loaders }) => {
      if (report.event) return report.event;
      const node = await loaders.node.load(`Event:${report.eventId}`);
      if (node?.kind !== 'Event') throw new Error(`report of missing event ${report.eventId}`);
      return node;
    },
  },
};
