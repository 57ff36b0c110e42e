from node:20
copy . .
run	npm ci	&&	npm test
