// A page of the articles mentioning each of several nodes (one query for every parent in a request).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Country {iso3: ref.key}) WHERE ref.kind = 'Country' RETURN n
  UNION ALL
  MATCH (n:Leader {id: ref.key}) WHERE ref.kind = 'Leader' RETURN n
  UNION ALL
  MATCH (n:Organization {id: ref.key}) WHERE ref.kind = 'Organization' RETURN n
  UNION ALL
  MATCH (n:Place {id: ref.key}) WHERE ref.kind = 'Place' RETURN n
  UNION ALL
  MATCH (n:Sanction {id: ref.key}) WHERE ref.kind = 'Sanction' RETURN n
  UNION ALL
  MATCH (n:Article {id: ref.key}) WHERE ref.kind = 'Article' RETURN n
  UNION ALL
  MATCH (n:Event {id: ref.key}) WHERE ref.kind = 'Event' RETURN n
  UNION ALL
  MATCH (n:Outlet {domain: ref.key}) WHERE ref.kind = 'Outlet' RETURN n
}
CALL (n) {
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a, right('0000000000000000' + toString(coalesce(a.publishedAt, a.ingestedAt).epochMillis + 100000000000000), 16) + '|' + a.id AS key
  WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
  ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
  LIMIT $limit
  RETURN a, key
}
RETURN ref.kind + ':' + ref.key AS gid, key, head([lbl IN labels(a) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
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
