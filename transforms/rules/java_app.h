// Whether a Dockerfile builds or runs a Java program: what decides if its JDK can become a JRE.
#pragma once

#include "ir/dockerfile.h"

namespace dockopt {

/// True when some RUN, CMD, ENTRYPOINT, COPY or ADD of the file names a Java build tool (mvn, gradle,
/// ant, sbt, javac, lein and their wrappers), runs `java`, a servlet container (tomcat, jetty,
/// catalina.sh), or handles a .jar or .war. A JDK in such a file is there to build or run a program,
/// which a JRE runs; a JDK in a file that names none of these (an online judge that compiles its
/// users' submissions next to gcc and fpc) is kept whole.
bool BuildsOrRunsJava(const ir::Dockerfile& df);

}  // namespace dockopt
