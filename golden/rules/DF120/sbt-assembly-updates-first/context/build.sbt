scalaVersion := "3.2.0"
libraryDependencies += "com.lihaoyi" %% "upickle" % "3.1.0"
