# Without the build context, a bare 'dotnet restore' may read a project at the top or a solution whose
# projects lie in folders (both such files of the real-world corpus did): 'COPY *.csproj .' would then
# copy nothing and the restore would fail. A suggestion asks for --context (dotnet-restore has it).
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore
RUN dotnet publish -c Release -o /out --no-restore
