// Countries, leaders, organizations and places whose name or an alias in any language matches (index entity_names).
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS n, score
WITH n, score, head([lbl IN labels(n) WHERE lbl IN ['Country', 'Leader', 'Organization', 'Place']]) AS label
WHERE label IN $kinds
WITH n, score
ORDER BY score DESC
LIMIT $limit
RETURN score, coalesce(n.aliases, []) AS aliases,   head([lbl IN labels(n) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
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
