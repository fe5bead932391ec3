// What each article mentions, most mentioned first.
UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(n)
RETURN a.id AS articleId, m.count AS count, m.snippet AS snippet, coalesce(m.spans, []) AS spans,
  head([lbl IN labels(n) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  n {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN n:Article THEN [(n)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN n:Event THEN [(n)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN n:Sanction THEN [(n)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN n:Sanction THEN [(n)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
ORDER BY articleId, count DESC, kind, props.name
