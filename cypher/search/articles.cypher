// Articles matching a full-text query (index article_text), best first, with the text to highlight.
CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node AS a, score
WHERE $lang IS NULL OR a.lang = $lang
WITH a, score
ORDER BY score DESC
LIMIT $limit
RETURN score, coalesce(a.title, '') AS title, coalesce(a.body, '') AS body,   head([lbl IN labels(a) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  a {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN a:Article THEN [(a)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN a:Event THEN [(a)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN a:Sanction THEN [(a)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN a:Sanction THEN [(a)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
