const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'board',
  rootDir: __dirname,
  // the page's modules import each other as the browser does ('./format.js'); jest finds the .ts beside them
  moduleNameMapper: { ...preset.moduleNameMapper, '^(\\.{1,2}/.*)\\.js$': '$1' },
};
