FROM mcr.microsoft.com/dotnet/aspnet:6.0
ENV ASPNETCORE_URLS=http://+:8080
WORKDIR /app
COPY out/ ./
EXPOSE 8080
ENTRYPOINT ["dotnet", "Web.dll"]
