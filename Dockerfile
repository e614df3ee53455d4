# One image for all five Scaleplan services; the SERVICE environment variable picks which one runs.
#
#   docker build -t scaleplan:local .          (or: docker-compose build)
#   docker run --rm -e SERVICE=cost-service -p 8083:8083 scaleplan:local
#
# Build stage: one Maven reactor build of every module (tests are run by CI, not here).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# local-broker only bundles a Kafka broker for the no-Docker run mode (./scaleplan); the image
# does not need it.
RUN mvn -B -ntp -DskipTests package -pl '!local-broker' \
 && mkdir /out \
 && for s in metrics-ingest phase-evaluator cost-service security-service incident-service; do \
        java -Djarmode=tools -jar "$s/target/$s.jar" extract --destination "/out/$s"; \
    done

# Runtime stage: JRE only, curl for container health checks, unprivileged user.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --no-create-home --home-dir /app scaleplan
WORKDIR /app
# Each service's boot jar extracted (its jar plus lib/): it starts about a third faster than the boot jar.
COPY --from=build /out/ /app/
USER scaleplan
ENV SERVICE=metrics-ingest \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/$SERVICE/$SERVICE.jar"]
