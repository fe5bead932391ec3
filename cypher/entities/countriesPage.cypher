// One page of countries, by name.
MATCH (c:Country)

WITH c, c.name + '|' + c.iso3 AS key
WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
LIMIT $limit
RETURN key, head([lbl IN labels(c) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  c {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN c:Article THEN [(c)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN c:Event THEN [(c)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN c:Sanction THEN [(c)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN c:Sanction THEN [(c)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
