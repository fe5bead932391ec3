// Sanctions from reference regimes and from articles share one identity (authority, target,
// regime), so an article stating a known regime's sanction links to the same node. The
// authority and target are matched, never created: an unknown id leaves the edge out.
UNWIND $rows AS row
MERGE (s:Sanction {id: row.id})
ON CREATE SET s.authority = row.authority, s.targetId = row.targetId, s.regime = row.regime,
  s.program = row.program, s.since = date(row.since), s.sincePrecision = row.sincePrecision,
  s.reason = row.reason, s.status = row.status
SET s.program = coalesce(s.program, row.program),
  s.reason = coalesce(s.reason, row.reason),
  s.since = coalesce(s.since, date(row.since)),
  s.sincePrecision = coalesce(s.sincePrecision, row.sincePrecision)
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (authority:Country {iso3: row.authority}) WHERE row.authorityIsCountry
  OPTIONAL MATCH (org:Organization {id: row.authority}) WHERE NOT row.authorityIsCountry
  WITH s, coalesce(authority, org) AS by WHERE by IS NOT NULL
  MERGE (s)-[:IMPOSED_BY]->(by)
}
CALL (s, row) {
  OPTIONAL MATCH (country:Country {iso3: row.targetId}) WHERE row.targetIsCountry
  OPTIONAL MATCH (leader:Leader {id: row.targetId}) WHERE NOT row.targetIsCountry
  OPTIONAL MATCH (org:Organization {id: row.targetId}) WHERE NOT row.targetIsCountry
  WITH s, coalesce(country, leader, org) AS target WHERE target IS NOT NULL
  MERGE (s)-[:TARGETS]->(target)
}
RETURN count(s) AS written
