// Articles mentioning and events involving one node, counted per day/week/month/year bucket.
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
// One row even for a node with nothing to count (start null), so the caller can tell it from an
// unknown id (no row at all).
OPTIONAL CALL (n) {
  CALL (n) {
    MATCH (a:Article)-[:MENTIONS]->(n)
    WHERE a.publishedAt IS NOT NULL
    RETURN date(a.publishedAt) AS day, 1 AS article, 0 AS event
    UNION ALL
    MATCH (e:Event)-[:ACTOR]->(n)
    WHERE e.date IS NOT NULL
    WITH DISTINCT e
    RETURN e.date AS day, 0 AS article, 1 AS event
    UNION ALL
    MATCH (n)-[:REPORTS]->(e:Event)
    WHERE e.date IS NOT NULL
    RETURN e.date AS day, 0 AS article, 1 AS event
  }
  WITH day, article, event
  WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
  RETURN CASE $interval
      WHEN 'DAY' THEN day
      WHEN 'WEEK' THEN date.truncate('week', day)
      WHEN 'MONTH' THEN date.truncate('month', day)
      ELSE date.truncate('year', day)
    END AS start, article, event
}
RETURN start, sum(article) AS articles, sum(event) AS events
ORDER BY start
