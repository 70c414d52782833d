import App from './App';

describe('App', () => {
  it('wires its features into a root element', () => {
    const root = App.createRoot();
    expect(root).toBeDefined();
    expect(root.type).toBeDefined();
  });
});
