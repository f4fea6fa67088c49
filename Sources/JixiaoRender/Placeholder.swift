// placeholder until renderers land
