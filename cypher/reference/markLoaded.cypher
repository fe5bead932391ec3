MERGE (r:ReferenceData {id: 'reference'})
SET r.checksum = $checksum, r.loadedAt = datetime()
RETURN r.checksum AS checksum
