// An office is one term: the same leader, role and start date is the same relationship.
UNWIND $rows AS row
MATCH (l:Leader {id: row.leaderId})
MATCH (c:Country {iso3: row.country})
MERGE (l)-[h:HOLDS_OFFICE {role: row.role, since: coalesce(date(row.since), date('0001-01-01'))}]->(c)
SET h.title = row.title, h.until = date(row.until)
RETURN count(h) AS written
