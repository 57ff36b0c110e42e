from node:20
copy . .
run	npm ci	&&	npm cache clean --force	&&	npm test
