;; test
