(defproject app "0.1.0"
  :dependencies [[org.clojure/clojure "1.11.1"]]
  :main app.core
  :aot [app.core])
