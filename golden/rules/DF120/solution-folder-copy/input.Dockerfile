# The solution sits in a folder of the context (src/), copied whole before its restore: the restore
# moves above it, behind the solution and the projects it lists, copied from that folder at their
# places (the web project's reference to Core is followed too).
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY ./src ./
RUN dotnet restore Shop.sln
WORKDIR /src/Web
RUN dotnet publish Web.csproj -c Release -o /app/published --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app/published .
ENTRYPOINT ["dotnet", "Web.dll"]
