# The Newsgraph service image. It talks to Neo4j through NEO4J_URI (docker-compose.yml
# points it at the neo4j service), so it needs neither Java nor Maven.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, in a layer of their own: editing code or data/ then rebuilds from the
# sources down rather than installing every package again. Scripts wait for the sources
# (the package's `prepare` builds them); `npm rebuild` runs the dependencies' own scripts.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY ui ./ui
# The build also stores the extractor's lexicons, derived from data/ (see src/extract/lexiconSnapshot.ts).
COPY data ./data
# The server (dist/) and the explorer (ui/dist/); then the dev dependencies go.
RUN npm rebuild && npm run build && npm run build:ui && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
COPY tools/neo4j/pom.xml ./tools/neo4j/pom.xml
COPY --from=build /app/ui/dist ./ui/dist
USER node
EXPOSE 4000
CMD ["node", "bin/newsgraph.js", "serve"]
