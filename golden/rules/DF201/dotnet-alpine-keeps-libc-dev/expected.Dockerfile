# .NET loads `libc` through libc.so, which on Alpine only musl-dev (pulled in by libc-dev) provides:
# the package stays; gcc is still a build tool and goes.
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish App.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine
RUN apk add --no-cache libgdiplus libc-dev libstdc++ libgcc
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "App.dll"]
