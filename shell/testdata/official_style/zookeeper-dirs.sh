set -eux; \
	mkdir -p "$ZOO_DATA_LOG_DIR" "$ZOO_DATA_DIR" "$ZOO_CONF_DIR" "$ZOO_LOG_DIR"; \
	chown zookeeper:zookeeper "$ZOO_DATA_LOG_DIR" "$ZOO_DATA_DIR" "$ZOO_CONF_DIR" "$ZOO_LOG_DIR"; \
	printf 'dataDir=%s\ndataLogDir=%s\nclientPort=2181\n' "$ZOO_DATA_DIR" "$ZOO_DATA_LOG_DIR" > "$ZOO_CONF_DIR/zoo.cfg"