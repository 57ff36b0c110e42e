# The web project references two others, one of them through the other: each project file goes with the
# manifests, at its place, and so do the build and central package files of the folders above them.
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
WORKDIR /src/src/Web
COPY src/Web/Web.csproj /src/src/Web/
COPY src/Core/Core.csproj /src/src/Core/
COPY src/Infrastructure/Infrastructure.csproj /src/src/Infrastructure/
COPY src/Directory.Build.props /src/src/
COPY Directory.Packages.props /src/
RUN dotnet restore
WORKDIR /src
COPY . .
WORKDIR /src/src/Web
RUN dotnet publish -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "Web.dll"]
