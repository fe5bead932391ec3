// One page of leaders, by name.
MATCH (l:Leader)
WHERE ($country IS NULL AND $inOfficeOn IS NULL) OR EXISTS {
  MATCH (l)-[h:HOLDS_OFFICE]->(c:Country)
  WHERE ($country IS NULL OR c.iso3 = $country)
    AND ($inOfficeOn IS NULL OR ((h.since IS NULL OR h.since <= date($inOfficeOn)) AND (h.until IS NULL OR h.until >= date($inOfficeOn))))
}
WITH l, l.name + '|' + l.id AS key
WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
LIMIT $limit
RETURN key, head([lbl IN labels(l) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  l {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN l:Article THEN [(l)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN l:Event THEN [(l)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN l:Sanction THEN [(l)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN l:Sanction THEN [(l)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
