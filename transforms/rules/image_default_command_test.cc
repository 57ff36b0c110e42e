// DF301 and DF202 on files that set no command, so the base image's own runs
// (analysis/data/image-commands.tsv): a server on a port below 1024 is named, never given a blind
// USER; a shell or a REPL makes the image a build environment.
#include <gtest/gtest.h>

#include "transforms/rules/rule_test_util.h"

namespace dockopt {
namespace {

Report Only(const OptimizeResult& result) {
  EXPECT_EQ(result.reports.size(), 1u);
  return result.reports.empty() ? Report{} : result.reports.front();
}

bool Has(const std::string& message, std::string_view part) { return message.find(part) != std::string::npos; }

TEST(ImageDefaultCommandTest, HttpdWithoutCommandIsASuggestionNamingItsPort) {
  std::string input = "FROM httpd:2.4\nCOPY public/ /usr/local/apache2/htdocs/\n";
  OptimizeResult result = RunRule("DF301", input, true);
  EXPECT_EQ(result.output, input) << "a plain USER would stop httpd from binding port 80";
  Report report = Only(result);
  EXPECT_EQ(report.safety, "suggestion");
  EXPECT_FALSE(report.applied);
  EXPECT_TRUE(Has(report.message, "the image's own 'httpd-foreground' runs")) << report.message;
  EXPECT_TRUE(Has(report.message, "listens on port 80, below 1024")) << report.message;
  EXPECT_TRUE(Has(report.message, "its workers run as 'daemon'")) << report.message;
  EXPECT_TRUE(Has(report.message, "not applied")) << report.message;
}

TEST(ImageDefaultCommandTest, PhpApacheAndWordpressWithoutCommandAreNamedToo) {
  Report php = Only(RunRule("DF301", "FROM php:8.2-apache\nCOPY . /var/www/html/\n", true));
  EXPECT_TRUE(Has(php.message, "'docker-php-entrypoint apache2-foreground'")) << php.message;
  EXPECT_TRUE(Has(php.message, "port 80")) << php.message;
  Report wordpress = Only(RunRule("DF301", "FROM wordpress:6-php8.2-apache\nCOPY plugins/ /usr/src/wordpress/wp-content/plugins/\n", true));
  EXPECT_TRUE(Has(wordpress.message, "port 80")) << wordpress.message;
}

TEST(ImageDefaultCommandTest, AnUnprivilegedPortLetsTheUserBeAdded) {
  // tomcat listens on 8080 and leaves logs, temp and work writable by anyone.
  std::string out = Fixed("DF301", "FROM tomcat:9\nCOPY app.war /usr/local/tomcat/webapps/\n", true);
  EXPECT_TRUE(Has(out, "USER app")) << out;
}

TEST(ImageDefaultCommandTest, AnEntrypointThatNeedsOrDropsRootIsLeftAlone) {
  // wordpress's entrypoint chowns what it copies into /var/www/html; postgres's re-runs itself as postgres.
  EXPECT_TRUE(RunRule("DF301", "FROM wordpress:fpm\nCOPY php.ini /usr/local/etc/php/\n", true).reports.empty());
  EXPECT_TRUE(RunRule("DF301", "FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\nCMD [\"postgres\", \"-c\", \"fsync=off\"]\n", true)
                  .reports.empty());
  // An ENTRYPOINT of the file's own replaces postgres's: nothing drops root any more.
  EXPECT_EQ(RunRule("DF301", "FROM postgres:16\nCOPY tool /usr/local/bin/\nENTRYPOINT [\"tool\"]\n", true).reports.size(), 1u);
}

TEST(ImageDefaultCommandTest, AnImageThatSetsANonRootUserNeedsNone) {
  // wordpress:cli sets USER www-data itself.
  EXPECT_TRUE(RunRule("DF301", "FROM wordpress:cli\nCOPY wp-cli.yml /var/www/html/\nCMD [\"wp\", \"--info\"]\n", true).reports.empty());
  EXPECT_EQ(RunRule("DF301", "FROM wordpress:cli\nUSER root\nRUN apk add --no-cache mysql-client\n", true).reports.size(), 1u)
      << "a USER root of the file's own is the last word";
}

TEST(ImageDefaultCommandTest, AFileCommandReplacesTheImagesServer) {
  // httpd has no ENTRYPOINT: with a CMD of the file's own, httpd-foreground never runs.
  Report own = Only(RunRule("DF301", "FROM httpd:2.4\nCOPY app /app\nCMD [\"/app/serve\", \"--port\", \"8000\"]\n", true));
  EXPECT_TRUE(Has(own.message, "no 'USER' switches to a non-root user")) << own.message;
  EXPECT_FALSE(Has(own.message, "httpd-foreground")) << own.message;
  // Naming httpd-foreground itself keeps the image's server, whose master stays root: said, not changed.
  const std::string named = "FROM httpd:2.4\nCOPY site /usr/local/apache2/htdocs/\nCMD [\"httpd-foreground\"]\n";
  OptimizeResult server = RunRule("DF301", named, true);
  EXPECT_EQ(server.output, named);
  Report kept = Only(server);
  EXPECT_TRUE(Has(kept.message, "'httpd-foreground' starts its master process as root")) << kept.message;
}

TEST(ImageDefaultCommandTest, MyInitServicesStayRoot) {
  // phusion's my_init starts runit services as root; its startup scripts show an image built for it. Named
  // as the command, it is said (the services run as root unless each uses setuser), not changed.
  const std::string text = "FROM phusion/baseimage:0.11\nCOPY svc /etc/service/app\nCMD [\"/sbin/my_init\"]\n";
  OptimizeResult init = RunRule("DF301", text, true);
  EXPECT_EQ(init.output, text);
  EXPECT_TRUE(Has(Only(init).message, "phusion's 'setuser'")) << Only(init).message;
  EXPECT_TRUE(RunRule("DF301", "FROM example.com/ours/baseimage:1\nCOPY start.sh /etc/my_init.d/start.sh\n", true)
                  .reports.empty());
}

// A REPL image without a command is usually run with one (`docker run IMAGE python app.py`): still split.
TEST(ImageDefaultCommandTest, AReplImageWithoutCommandIsStillSplit) {
  std::string out = Fixed("DF202",
                          "FROM python:3.11\nRUN apt-get update && apt-get install -y gcc libpq-dev && rm -rf /var/lib/apt/lists/*\n"
                          "COPY requirements.txt .\nRUN pip install -r requirements.txt\n",
                          /*unsafe=*/true);
  EXPECT_NE(out.find("AS production"), std::string::npos) << out;
}

TEST(ImageDefaultCommandTest, AShellImageWithoutCommandNamesItsShell) {
  ExpectBlocked("DF202", "FROM centos:7\nRUN yum install -y gcc make && yum clean all\nCOPY . /src\nRUN make -C /src\n",
                "it runs that of 'centos:7' ('/bin/bash', a shell)");
}

TEST(ImageDefaultCommandTest, AnUnknownImageIsNotABuildEnvironmentByItsName) {
  // Another publisher's "python" may run anything: the table does not guess from the last path component.
  OptimizeResult result = RunRule("DF202",
                                  "FROM example.com/team/python:3.11\nRUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*\n"
                                  "COPY requirements.txt .\nRUN pip install -r requirements.txt\n",
                                  true);
  for (const Report& report : result.reports) EXPECT_FALSE(Has(report.message, "build environment")) << report.message;
}

}  // namespace
}  // namespace dockopt
