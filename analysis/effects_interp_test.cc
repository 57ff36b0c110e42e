// Interpreters running inline code, well-known modules and project commands: what each now known
// writes, and the shapes that stay unknown.
#include <gtest/gtest.h>

#include "analysis/effects.h"
#include "analysis/flow.h"
#include "analysis/test_parse.h"

namespace dockopt::analysis {
namespace {

using testing::Parsed;
using testing::ParseText;
using Paths = std::vector<std::string>;

// The effects of the commands of the stage's last instruction, a RUN.
std::vector<Effect> LastRun(std::string dockerfile, ContextReader context = {}) {
  Parsed p = ParseText(std::move(dockerfile));
  FlowOptions options;
  options.context = std::move(context);
  StageFlow flow = AnalyzeStage(p.df, 0, options);
  std::vector<Effect> out;
  for (const CommandFlow& command : flow.instructions.back().commands) out.push_back(command.effect);
  return out;
}

Effect Only(std::string run, std::string base = "debian:12") {
  std::vector<Effect> effects = LastRun("FROM " + base + "\nRUN " + run + "\n");
  EXPECT_EQ(effects.size(), 1u) << run;
  return effects.empty() ? Effect{} : effects.front();
}

TEST(EffectsInterp, SetupPyBuildsWriteInsideTheProjectAndInstallsWherePipWould) {
  EXPECT_EQ(LastRun("FROM python:3.12\nWORKDIR /src\nRUN python setup.py sdist\n").front().writes, (Paths{"/src"}));
  EXPECT_EQ(LastRun("FROM python:3.12\nWORKDIR /src\nRUN python setup.py build\n").front().writes, (Paths{"/src/build"}));
  EXPECT_EQ(LastRun("FROM python:3.12\nWORKDIR /src\nRUN python setup.py build_ext -i\n").front().writes, (Paths{"/src"}));
  Effect wheels = LastRun("FROM python:3.12\nWORKDIR /src\nRUN python setup.py bdist bdist_wheel sdist\n").front();
  EXPECT_EQ(wheels.kind, EffectKind::kBuild);
  EXPECT_EQ(wheels.writes, (Paths{"/src"}));
  Effect install = LastRun("FROM python:3.12\nWORKDIR /src\nRUN python3 setup.py install\n").front();
  EXPECT_EQ(install.kind, EffectKind::kDeps);
  EXPECT_EQ(install.writes, (Paths{"/src", "/usr/local/bin", "/usr/local/lib"}));
  EXPECT_EQ(LastRun("FROM python:3.12\nWORKDIR /src\nRUN /opt/venv/bin/python setup.py develop\n").front().writes,
            (Paths{"/opt/venv", "/src"}))
      << "the venv's python installs into the venv";
  EXPECT_EQ(Only("python setup.py install --prefix=/usr").kind, EffectKind::kUnknown) << "no copy may take /usr whole";
  EXPECT_EQ(Only("python setup.py upload").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("python setup.py sdist").kind, EffectKind::kUnknown) << "a project at / would mean copying everything";
  EXPECT_EQ(Only("python setup_linux.py install").kind, EffectKind::kUnknown) << "not setuptools' script by name";
}

TEST(EffectsInterp, GetPipAndGetPipenvInstallAsPipWould) {
  Effect pipenv = Only("python /get-pipenv.py", "python:3.6");
  EXPECT_EQ(pipenv.kind, EffectKind::kDeps);
  EXPECT_EQ(pipenv.tool, "get-pipenv.py");
  EXPECT_EQ(pipenv.writes, (Paths{"/usr/local/bin", "/usr/local/lib"}));
  EXPECT_EQ(Only("python3 get-pip.py --user").writes, (Paths{"/root/.local"}));
}

TEST(EffectsInterp, EasyInstallByAnInterpreterInstallsAsPipWould) {
  Effect module = Only("python3 /usr/lib/python3/dist-packages/easy_install.py pip", "ubuntu:18.04");
  EXPECT_EQ(module.kind, EffectKind::kDeps);
  EXPECT_EQ(module.tool, "easy_install");
  EXPECT_EQ(module.manager, "pip");
  EXPECT_EQ(module.writes, (Paths{"/usr/local/bin", "/usr/local/lib"}));
  EXPECT_EQ(Only("python -m easy_install supervisor", "python:2.7").writes, (Paths{"/usr/local/bin", "/usr/local/lib"}));
  EXPECT_EQ(Only("/opt/venv/bin/python -m easy_install six").writes, (Paths{"/opt/venv"})) << "the venv's python installs into the venv";
  EXPECT_EQ(Only("python3 -m easy_install --install-dir /opt/lib six").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("python3 -m easy_install ./vendor/six").kind, EffectKind::kUnknown) << "a local path: what it reads is not known";
  EXPECT_EQ(Only("python3 /src/easy_install.py six").kind, EffectKind::kUnknown) << "a project's script of that name";
  EXPECT_EQ(Only("python3 -m easy_install").kind, EffectKind::kUnknown);
}

TEST(EffectsInterp, NltkDataGoesToTheNamedFolderElseHome) {
  EXPECT_EQ(Only("python -m nltk.downloader book").writes, (Paths{"/root/nltk_data"}));
  EXPECT_EQ(Only("python3 -m nltk.downloader -d /usr/share/nltk_data punkt").writes, (Paths{"/usr/share/nltk_data"}));
  EXPECT_EQ(Only("python -m textblob.download_corpora").writes, (Paths{"/root/nltk_data"}));
  EXPECT_EQ(Only("python -c \"import nltk; nltk.download('punkt')\"").writes, (Paths{"/root/nltk_data"}));
  EXPECT_EQ(Only("python -c \"import nltk; nltk.download('punkt', download_dir='/data')\"").writes, (Paths{"/data"}));
  std::vector<Effect> env = LastRun("FROM debian:12\nENV NLTK_DATA=/usr/share/nltk_data\nRUN python -m nltk.downloader punkt\n");
  EXPECT_EQ(env.front().kind, EffectKind::kUnknown) << "a folder NLTK_DATA names comes first when it exists";
}

TEST(EffectsInterp, PythonCodeThatOnlyImportsAndPrintsWritesNothing) {
  EXPECT_EQ(Only("python -c \"import cv2; print cv2.__version__\"").kind, EffectKind::kNone);
  EXPECT_EQ(Only("python3 -c 'from flask import Flask'").kind, EffectKind::kNone);
  EXPECT_EQ(Only("python -c \"import os; os.system('rm -rf /x')\"").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("python -c \"print(open('/etc/x', 'w'))\"").kind, EffectKind::kUnknown);
}

TEST(EffectsInterp, ComposerInstallerIdiomsOfPhpCode) {
  std::vector<Effect> piped = LastRun(
      "FROM php:8.2-cli\nWORKDIR /opt\nRUN php -r \"readfile('https://getcomposer.org/installer');\" | php\n");
  ASSERT_EQ(piped.size(), 2u);
  EXPECT_EQ(piped[0].kind, EffectKind::kNone);
  EXPECT_EQ(piped[1].tool, "composer installer");
  EXPECT_EQ(piped[1].writes, (Paths{"/opt/composer.phar"}));

  std::vector<Effect> saved = LastRun(
      "FROM php:8.2-cli\nRUN php -r \"copy('https://getcomposer.org/installer', '/tmp/setup.php');\" && "
      "php -r \"if (hash_file('sha384', '/tmp/setup.php') === 'abc') { echo 'ok'; } else { unlink('/tmp/setup.php'); exit(1); }\" && "
      "php /tmp/setup.php --install-dir=/usr/local/bin --filename=composer\n");
  ASSERT_EQ(saved.size(), 3u);
  EXPECT_EQ(saved[0].writes, (Paths{"/tmp/setup.php"}));
  EXPECT_EQ(saved[1].removes, (Paths{"/tmp/setup.php"}));
  EXPECT_EQ(saved[2].writes, (Paths{"/usr/local/bin/composer"}));

  EXPECT_EQ(Only("php -r \"\\$h = hash('SHA384', file_get_contents('/tmp/i.php')); if (!hash_equals('x', \\$h)) { exit(1); }\"").kind,
            EffectKind::kNone);
  EXPECT_EQ(Only("php -r \"system('make install');\"").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("php -r \"\\$a = new Foo(); \\$a->run();\"").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("php -m").kind, EffectKind::kNone);
  EXPECT_EQ(Only("php bin/console cache:warmup").kind, EffectKind::kUnknown) << "a project's own command";
}

TEST(EffectsInterp, RInstallsGoToTheSiteLibraryOfDebianBuiltR) {
  Effect cran = Only("R -e \"install.packages(c('shiny', 'dplyr'), repos='https://cran.rstudio.com/')\"", "rocker/r-ver:4.3");
  EXPECT_EQ(cran.kind, EffectKind::kDeps);
  EXPECT_EQ(cran.writes, (Paths{"/usr/local/lib/R/site-library"}));
  EXPECT_TRUE(cran.compiles);
  EXPECT_EQ(Only("Rscript -e \"source('https://bioconductor.org/biocLite.R'); biocLite('genefilter', update = FALSE)\"",
                 "ubuntu:22.04")
                .writes,
            (Paths{"/usr/local/lib/R/site-library"}));
  EXPECT_EQ(Only("Rscript -e \"BiocManager::install('limma')\"", "ubuntu:22.04").kind, EffectKind::kUnknown)
      << "it also updates outdated packages where they lie";
  EXPECT_EQ(Only("R -q -e 'devtools::install()'", "r-base:4.3.1").writes, (Paths{"/usr/local/lib/R/site-library"}));
  EXPECT_EQ(Only("R -e \"if (!require(devtools)) { install.packages('devtools') }\"").writes,
            (Paths{"/usr/local/lib/R/site-library"}));
  EXPECT_EQ(Only("R -e \"install.packages('x', lib='/opt/rlib')\"", "alpine:3.19").writes, (Paths{"/opt/rlib"}));
  EXPECT_EQ(Only("R CMD INSTALL pkg.tar.gz", "rocker/r-ver:4.3").writes, (Paths{"/usr/local/lib/R/site-library"}));
  EXPECT_EQ(Only("install2.r --error sf spData", "rocker/geospatial").writes, (Paths{"/usr/local/lib/R/site-library"}));
  EXPECT_EQ(Only("R -e \"library(rCharts)\"").kind, EffectKind::kNone);
  EXPECT_EQ(Only("R -e \"library(x); q(status = 0)\"").kind, EffectKind::kNone);
}

TEST(EffectsInterp, RCodeOrLibrariesDockoptCannotNameStayUnknown) {
  EXPECT_EQ(Only("R -e \"install.packages('x')\"", "alpine:3.19").kind, EffectKind::kUnknown) << "Alpine's R keeps its own library";
  EXPECT_EQ(LastRun("FROM debian:12\nENV R_LIBS=/opt/r\nRUN R -e \"install.packages('x')\"\n").front().kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("R -e \"system('make install')\"").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("R -e \"update.packages(ask = FALSE)\"").kind, EffectKind::kUnknown) << "updates each library in place";
  EXPECT_EQ(Only("R -e \"source('setup.R')\"").kind, EffectKind::kUnknown);
  EXPECT_EQ(Only("R -e \"library(x); q('yes')\"").kind, EffectKind::kUnknown) << "saves the workspace into the folder";
  EXPECT_EQ(Only("Rscript /app/install.R").kind, EffectKind::kUnknown) << "a script the build context does not show";
}

TEST(EffectsInterp, RScriptsFromTheBuildContextAreRead) {
  ContextReader context = [](std::string_view path) -> std::optional<std::string> {
    if (path == "install.R") return "pkgs <- c('a', 'b')\ninstall.packages(pkgs)\n";
    if (path == "odd.R") return "download.file('https://x', '/etc/y')\n";
    return std::nullopt;
  };
  EXPECT_EQ(LastRun("FROM r-base:4.3.1\nCOPY install.R /tmp/\nRUN Rscript /tmp/install.R\n", context).front().writes,
            (Paths{"/usr/local/lib/R/site-library"}));
  EXPECT_EQ(LastRun("FROM r-base:4.3.1\nCOPY odd.R /tmp/\nRUN R -f /tmp/odd.R\n", context).front().kind, EffectKind::kUnknown);
}

TEST(EffectsInterp, PearOnTheOfficialPhpImageOnly) {
  EXPECT_EQ(Only("pear install PHP_CodeSniffer", "php:8.2-cli").writes, (Paths{"/usr/local/bin", "/usr/local/lib/php"}));
  EXPECT_EQ(Only("pear install PHP_CodeSniffer", "ubuntu:22.04").kind, EffectKind::kUnknown)
      << "a distribution's pear puts scripts in /usr/bin";
}

TEST(EffectsInterp, JupyterExtensionsGoToTheUserOrThePythonsFolders) {
  EXPECT_EQ(Only("jupyter nbextension enable --py --sys-prefix widgetsnbextension", "ubuntu:16.04").writes,
            (Paths{"/usr/etc/jupyter"}))
      << "Ubuntu's python has sys.prefix /usr";
  EXPECT_EQ(Only("jupyter nbextension install --py mypkg --sys-prefix", "python:3.12").writes, (Paths{"/usr/local/share/jupyter"}));
  EXPECT_EQ(Only("jupyter serverextension enable --py jupyterlab --user", "python:3.12").writes, (Paths{"/root/.jupyter"}));
  EXPECT_EQ(Only("jupyter labextension install @jupyter-widgets/jupyterlab-manager", "python:3.12").writes,
            (Paths{"/usr/local/share/jupyter/lab"}));
  EXPECT_EQ(LastRun("FROM ubuntu:22.04\nENV PATH=/opt/conda/bin:$PATH\nRUN jupyter nbextension enable --py x --sys-prefix\n")
                .front()
                .kind,
            EffectKind::kUnknown)
      << "another python comes first on PATH";
  EXPECT_EQ(Only("jupyter nbextension enable --py x", "python:3.12").kind, EffectKind::kUnknown)
      << "the default folder differs between the apps";
}

TEST(EffectsInterp, OddsAndEnds) {
  EXPECT_EQ(Only("php --ri swoole", "php:8.2-cli").kind, EffectKind::kNone);
  EXPECT_EQ(Only("xargs -n 1 pip install < req.txt", "python:3.12").writes, (Paths{"/usr/local/bin", "/usr/local/lib"}));
  EXPECT_EQ(Only("xargs apt-get install -y < packages.txt").kind, EffectKind::kUnknown) << "the packages are named in the file";
  std::vector<Effect> made = LastRun("FROM perl:5.38\nWORKDIR /src/lib\nRUN perl Makefile.PL\n");
  EXPECT_EQ(made.front().kind, EffectKind::kBuild);
  EXPECT_EQ(made.front().writes, (Paths{"/src/lib"}));
  EXPECT_EQ(Only("sha384sum -c SHA384SUMS").kind, EffectKind::kNone);
}

}  // namespace
}  // namespace dockopt::analysis
