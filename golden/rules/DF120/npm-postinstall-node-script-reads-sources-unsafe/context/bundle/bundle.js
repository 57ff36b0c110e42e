var browserify = require('browserify');
module.exports = browserify(__dirname + '/../lib/index.js');
