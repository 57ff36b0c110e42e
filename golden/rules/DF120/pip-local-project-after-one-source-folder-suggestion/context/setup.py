from setuptools import setup, find_packages
setup(name="pkg", long_description=open("README.md").read(), package_dir={"": "src"}, packages=find_packages("src"), install_requires=["click"])
