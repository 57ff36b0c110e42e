# A solution that lists no project file dockopt can read: copied alone, the restore would find nothing
# to restore, so the copy of the folder stays and a suggestion names why.
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY ./src ./
RUN dotnet restore Shop.sln
RUN dotnet publish Web/Web.csproj -c Release -o /app/published --no-restore
