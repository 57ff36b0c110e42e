# One COPY of the source folder, whose projects lie deeper in it: each change restores the NuGet
# packages again. No planner places the project files, so DF120 names the fetch and moves nothing.
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /app
COPY ./src /app
RUN dotnet build /app/Plugins/Shipping -c Release
RUN dotnet publish /app/Web/Shop -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /out .
ENTRYPOINT ["dotnet", "Shop.dll"]
