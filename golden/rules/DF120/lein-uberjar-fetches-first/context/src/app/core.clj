(ns app.core (:gen-class))
(defn -main [& args] (println "hi"))
