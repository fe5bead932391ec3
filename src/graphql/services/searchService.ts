import { ErrorCode, NewsgraphError } from '../../errors.js';
import type { SearchableModel } from '../../store/entitiesModels.js';
import { searchArticles, searchEntities } from '../../store/searchStore.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { SearchType } from '../generated/resolvers.js';
import { type HighlightModel, highlight } from './highlight.js';

export interface SearchHitModel {
  node: SearchableModel;
  score: number;
  highlights: HighlightModel[];
  /** An entity named exactly what was searched for: ranked before every other hit. */
  exact: boolean;
}

const ENTITY_KINDS: Record<Exclude<SearchType, 'ARTICLE'>, string> = {
  COUNTRY: 'Country',
  LEADER: 'Leader',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};
const ALL: SearchType[] = ['ARTICLE', 'COUNTRY', 'LEADER', 'ORGANIZATION', 'PLACE'];
const MAX_HITS = 100;
/**
 * Each word becomes two Lucene clauses, and Lucene refuses a query of over 1,024 clauses or a
 * prefix too long for its automaton (about 1,000 characters): a pasted paragraph or one huge
 * "word" would fail deep in the index. These caps refuse such input first, with a clear error.
 */
const MAX_WORDS = 32;
const MAX_WORD_LENGTH = 100;

/**
 * Full-text search over both indexes. The user's words are escaped, so Lucene syntax in a
 * query cannot fail it; each word may match as a prefix too (`Pút` finds `Pútín`). Hits from
 * the two indexes are merged by score, which Lucene computes alike for both.
 */
export class SearchService {
  constructor(private readonly executor: StoreExecutor) {}

  async search(
    query: string,
    types: readonly SearchType[] | null | undefined,
    lang: string | null | undefined,
    first: number,
  ): Promise<SearchHitModel[]> {
    const words = query
      .normalize('NFC')
      // Punctuation and symbols (\p{S}: ~ ^ + | emoji) separate words; they are not words.
      .split(/[\s\p{P}\p{S}]+/u)
      .filter((word) => word.length > 0);
    if (words.length === 0) {
      throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'query must hold at least one word');
    }
    if (words.length > MAX_WORDS) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `query has ${words.length} words; at most ${MAX_WORDS} are searched at once`,
      );
    }
    const long = words.find((word) => word.length > MAX_WORD_LENGTH);
    if (long !== undefined) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `query has a word of ${long.length} characters; words may be at most ${MAX_WORD_LENGTH} long`,
      );
    }
    if (first < 1 || first > MAX_HITS) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `first must be between 1 and ${MAX_HITS}, got ${first}`,
      );
    }
    const lucene = words.map((word) => `(${escapeLucene(word)} OR ${escapeLucene(word)}*)`).join(' AND ');
    const wanted = types && types.length > 0 ? types : ALL;
    const kinds = wanted
      .filter((t): t is Exclude<SearchType, 'ARTICLE'> => t !== 'ARTICLE')
      .map((t) => ENTITY_KINDS[t]);
    const [articles, entities] = await Promise.all([
      wanted.includes('ARTICLE') ? searchArticles(this.executor, lucene, lang ?? null, first) : [],
      kinds.length > 0 ? searchEntities(this.executor, lucene, exactName(query), kinds, first) : [],
    ]);
    const hits: SearchHitModel[] = [
      ...articles.map((hit) => ({
        node: hit.node,
        score: hit.score,
        highlights: [highlight('title', hit.title, words), highlight('body', hit.body, words)].filter(
          (h): h is HighlightModel => h !== undefined,
        ),
        exact: false,
      })),
      ...entities.map((hit) => {
        const name = 'name' in hit.node && typeof hit.node.name === 'string' ? hit.node.name : '';
        // The name, unless an alias matches more of the words: "Norður-Kórea" is an alias of
        // North Korea, whose name matches only "Kórea".
        let best = highlight('name', name, words);
        for (const text of hit.aliases) {
          const alias = highlight('alias', text, words);
          if (alias && (!best || alias.matches.length > best.matches.length)) best = alias;
        }
        return {
          node: hit.node,
          score: hit.score,
          highlights: best ? [best] : [],
          exact: hit.exact,
        };
      }),
    ];
    // Someone typing a country's or a leader's whole name wants that entity first.
    return hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score).slice(0, first);
  }
}

/** The query as a name is compared: whole, lower-cased, its spaces collapsed ("Hvíta-Rússland" stays one name). */
function exactName(query: string): string {
  return query.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function escapeLucene(word: string): string {
  return word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').toLowerCase();
}
