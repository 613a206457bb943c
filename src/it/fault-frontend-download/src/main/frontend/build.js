// Writes the page the application serves: what a bundler would do.
require('fs').writeFileSync('../resources/static/index.html', '<h1>built on the host</h1>\n');
