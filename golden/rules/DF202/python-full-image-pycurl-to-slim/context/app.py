import pycurl
print(pycurl.version)
