# The gateway service. Build from the repository root: docker build -f deploy/gateway.Dockerfile .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The dashboard's charting library comes from npm at build time (services/Gateway/Recruitment.Gateway/package.json).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The patched distributed-lock package Marten needs is built from this repository first
# (building-blocks/Patched.DistributedLock.Postgres/README.md).
RUN dotnet pack building-blocks/Patched.DistributedLock.Postgres/Patched.DistributedLock.Postgres.csproj -c Release -o artifacts/packages \
 && dotnet publish services/Gateway/Recruitment.Gateway/Recruitment.Gateway.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 CMD curl -fsS http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "Recruitment.Gateway.dll"]
