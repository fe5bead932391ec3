// A headship is one term: the same leader, organization and start date is the same relationship.
UNWIND $rows AS row
MATCH (l:Leader {id: row.leaderId})
MATCH (o:Organization {id: row.organization})
MERGE (l)-[h:HEADS {since: date(row.since)}]->(o)
SET h.title = row.title, h.until = date(row.until)
RETURN count(h) AS written
