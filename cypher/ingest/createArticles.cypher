// New and changed articles with all their edges, in one statement. A new article has no
// edges yet and a changed one has just lost them (clearArticles, same transaction, its node
// locked by existingArticles), so edges are CREATEd rather than MERGEd (no expand-and-lock
// per edge) and each article is found once rather than once per edge. A new article is
// CREATEd so that the unique constraint stays in charge: a twin committed meanwhile by
// another process fails this transaction, which the store then runs again from the start.
// Shared nodes (outlets, leaders, organizations, places, events, event edges) are MERGEd.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.existing
  MATCH (a:Article {id: row.id})
  SET a.url = row.url, a.title = row.title, a.body = row.body, a.lang = row.lang,
    a.publishedAt = datetime(row.publishedAt), a.contentHash = row.contentHash, a.authors = row.authors
  RETURN a
  UNION
  WITH row WHERE NOT row.existing
  CREATE (a:Article {id: row.id, url: row.url, title: row.title, body: row.body, lang: row.lang,
    publishedAt: datetime(row.publishedAt), contentHash: row.contentHash, authors: row.authors,
    ingestedAt: datetime()})
  RETURN a
}
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.outletDomain IS NOT NULL
  MERGE (o:Outlet {domain: row.outletDomain})
  ON CREATE SET o.name = row.outletName
  CREATE (a)-[:PUBLISHED_BY]->(o)
}
CALL (a, row) {
  UNWIND row.countries AS m
  MATCH (c:Country {iso3: m.key})
  CREATE (a)-[:MENTIONS {count: m.count, spans: m.spans, snippet: m.snippet}]->(c)
}
CALL (a, row) {
  UNWIND row.leaders AS m
  MERGE (l:Leader {id: m.key})
  ON CREATE SET l.name = m.name, l.wikidata = m.wikidata, l.aliases = [], l.aliasText = m.name
  CREATE (a)-[:MENTIONS {count: m.count, spans: m.spans, snippet: m.snippet}]->(l)
}
CALL (a, row) {
  UNWIND row.organizations AS m
  MERGE (o:Organization {id: m.key})
  ON CREATE SET o.name = m.name, o.kind = m.kind, o.aliases = [], o.aliasText = m.name
  CREATE (a)-[:MENTIONS {count: m.count, spans: m.spans, snippet: m.snippet}]->(o)
}
CALL (a, row) {
  UNWIND row.places AS m
  MERGE (p:Place {id: m.key})
  ON CREATE SET p.name = m.name, p.country = m.country, p.aliasText = m.name
  CREATE (a)-[:MENTIONS {count: m.count, spans: m.spans, snippet: m.snippet}]->(p)
  WITH p, m
  MATCH (c:Country {iso3: m.country})
  MERGE (p)-[:IN]->(c)
}
CALL (a, row) {
  UNWIND row.events AS ev
  MERGE (e:Event {id: ev.id})
  ON CREATE SET e.cameo = ev.cameo, e.label = ev.label, e.rootCode = ev.rootCode, e.quadClass = ev.quadClass,
    e.date = date(ev.date), e.datePrecision = ev.datePrecision
  CREATE (a)-[:REPORTS {sentence: ev.sentence, sentenceIndex: ev.sentenceIndex, start: ev.start, end: ev.end,
    confidence: ev.confidence}]->(e)
  WITH e, ev
  CALL (e, ev) {
    UNWIND ev.countryActors AS actor
    MATCH (c:Country {iso3: actor.id})
    MERGE (e)-[:ACTOR {role: actor.role}]->(c)
  }
  CALL (e, ev) {
    UNWIND ev.leaderActors AS actor
    MATCH (l:Leader {id: actor.id})
    MERGE (e)-[:ACTOR {role: actor.role}]->(l)
  }
  CALL (e, ev) {
    UNWIND ev.organizationActors AS actor
    MATCH (o:Organization {id: actor.id})
    MERGE (e)-[:ACTOR {role: actor.role}]->(o)
  }
  CALL (e, ev) {
    WITH e, ev WHERE ev.location IS NOT NULL
    MATCH (c:Country {iso3: ev.location})
    MERGE (e)-[:IN]->(c)
  }
}
RETURN count(a) AS written
