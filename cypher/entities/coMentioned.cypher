// The entities mentioned most often in the same articles as each node, with the shared-article count.
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
  MATCH (n)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o)
  WHERE o <> n AND (o:Country OR o:Leader OR o:Organization)
  // An article has one MENTIONS edge per entity (ingestion creates one, mergeEntities MERGEs
  // into it), so each row is a distinct (article, entity) pair and count(a) is exact: without
  // DISTINCT's per-entity set, a hub country's co-mentions take a third less time.
  WITH o, count(a) AS shared
  ORDER BY shared DESC, o.name
  LIMIT $limit
  RETURN o, shared
}
RETURN ref.kind + ':' + ref.key AS gid, shared, head([lbl IN labels(o) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
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
