// One page of organizations, by name.
MATCH (o:Organization)

WITH o, o.name + '|' + o.id AS key
WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
LIMIT $limit
RETURN key, head([lbl IN labels(o) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  o {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN o:Article THEN [(o)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN o:Event THEN [(o)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN o:Sanction THEN [(o)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN o:Sanction THEN [(o)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
