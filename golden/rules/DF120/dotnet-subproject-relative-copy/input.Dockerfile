# `COPY . .` under WORKDIR /app, then the project's folder: the restore moves up in that folder, with
# the central package versions above it (MSBuild reads Directory.Packages.props up to the root), and
# WORKDIR /app comes back for the COPY's relative destination.
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /app
COPY . .
WORKDIR /app/src/Web
RUN dotnet restore
RUN dotnet publish -c Release -o /out --no-restore
