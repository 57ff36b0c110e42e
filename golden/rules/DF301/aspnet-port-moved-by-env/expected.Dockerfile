FROM mcr.microsoft.com/dotnet/aspnet:6.0
ENV ASPNETCORE_URLS=http://+:8080
WORKDIR /app
COPY --chown=10001 out/ ./
EXPOSE 8080
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
ENTRYPOINT ["dotnet", "Web.dll"]
