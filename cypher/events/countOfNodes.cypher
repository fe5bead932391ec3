// How many events each actor takes part in, with the filters of events/ofNodes.
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
  MATCH (e:Event)-[r:ACTOR]->(n)
  WHERE ($role = 'ANY' OR r.role = toLower($role))
    AND ($cameo IS NULL OR e.cameo = $cameo)
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  RETURN count(DISTINCT e) AS total
}
RETURN ref.kind + ':' + ref.key AS gid, total
