MERGE (m:Migration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.id AS id, m.checksum AS checksum, m.appliedAt AS appliedAt
