# Production image of the ChatNation server. The same jar as `./mvnw package` builds; configured for an
# external PostgreSQL (DATASOURCE_*), as docker-compose.yml shows.

FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update -q && apt-get install -y -q --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update -q && apt-get install -y -q --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app chatnation
WORKDIR /app
COPY --from=build /src/app-server/target/chatnation-server.jar /app/chatnation-server.jar
USER chatnation
ENV CHATNATION_DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=6 CMD curl -fsS http://localhost:8080/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/chatnation-server.jar"]
